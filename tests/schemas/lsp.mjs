// A minimal client of the Language Server Protocol over stdio, enough to
// drive yaml-language-server as an editor would: open a file, collect the
// diagnostics it publishes, ask for completions.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const SERVER = require.resolve('yaml-language-server/bin/yaml-language-server');

// The settings an editor sends. The schema store is off: no network, and
// only the `# yaml-language-server: $schema=` line chooses a schema.
const SETTINGS = {
  yaml: {
    validate: true, hover: true, completion: true, format: { enable: false },
    schemaStore: { enable: false }, schemas: {}, yamlVersion: '1.2',
  },
};

export class Lsp {
  constructor(root) {
    this.root = root;
    this.proc = spawn(process.execPath, [SERVER, '--stdio'],
      { stdio: ['pipe', 'pipe', 'pipe'] });
    this.buf = Buffer.alloc(0);
    this.next = 1;
    this.pending = new Map();
    this.diagnostics = new Map();	// uri -> list of publications
    this.waiters = [];
    this.stderr = '';
    this.proc.stdout.on('data', (d) => this.receive(d));
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }));
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  receive(data) {
    this.buf = Buffer.concat([this.buf, data]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString());
      const len = Number(m[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString());
      this.buf = this.buf.subarray(head + 4 + len);
      this.dispatch(msg);
    }
  }

  dispatch(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {	// a request from the server
      let result = null;
      if (msg.method === 'workspace/configuration')
        result = msg.params.items.map((i) => SETTINGS[i.section] ?? SETTINGS.yaml);
      this.send({ id: msg.id, result });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const list = this.diagnostics.get(msg.params.uri) ?? [];
      list.push(msg.params.diagnostics);
      this.diagnostics.set(msg.params.uri, list);
      this.waiters = this.waiters.filter((w) => !w());
    }
  }

  request(method, params, ms = 20000) {
    const id = this.next++;
    this.send({ id, method, params });
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${method}: no answer in ${ms} ms`)), ms);
      this.pending.set(id, {
        resolve: (r) => { clearTimeout(t); resolve(r); },
        reject: (e) => { clearTimeout(t); reject(e); },
      });
    });
  }

  notify(method, params) { this.send({ method, params }); }

  async start() {
    const rootUri = pathToFileURL(this.root).href;
    // A French coordinator's editor: the server's own messages in French.
    await this.request('initialize', {
      processId: process.pid, rootUri, locale: 'fr',
      workspaceFolders: [{ uri: rootUri, name: 'content' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: false } },
          publishDiagnostics: {},
        },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
  }

  // Opens a file and returns the diagnostics published for it, once
  // the server has said nothing more for a while.
  async open(path, text) {
    const uri = pathToFileURL(path).href;
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen',
      { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${path}: no diagnostics`)), 20000);
      this.waiters.push(() => {
        if (!this.diagnostics.has(uri)) return false;
        clearTimeout(t); resolve(); return true;
      });
    });
    let n;
    do {
      n = this.diagnostics.get(uri).length;
      await new Promise((r) => setTimeout(r, 700));
    } while (this.diagnostics.get(uri).length !== n);
    return { uri, diagnostics: this.diagnostics.get(uri).at(-1) };
  }

  close(uri) { this.notify('textDocument/didClose', { textDocument: { uri } }); }

  completion(uri, line, character) {
    return this.request('textDocument/completion',
      { textDocument: { uri }, position: { line, character } });
  }

  async stop() {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch { /* killed below */ }
    setTimeout(() => this.proc.kill(), 500).unref();
  }
}
