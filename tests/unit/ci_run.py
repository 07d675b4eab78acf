#!/usr/bin/env python3
"""Runs the shell commands of the CI files of `clspd init` here.

  ci_run.py DIR

Loads DIR/.gitlab-ci.yml and DIR/.github/workflows/clspd.yml as YAML
(they must parse), checks the jobs the forges need (GitLab: a `pages`
job whose artifact is `public`; GitHub: a build job that uploads the
site for Pages and a deploy job), then runs, in a copy of DIR, each
`before_script` and `script` command of the GitLab `pages` job and
each `run` step of the GitHub build job with sh -e, as the runners
would (clspd must be on PATH: the install step is then skipped). Prints
"ci_run: ok" when every command succeeded and the site is where the
publishing step takes it.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml


def run(cmds, cwd, env):
    for c in cmds:
        r = subprocess.run(["sh", "-ec", c], cwd=cwd, env=env,
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("ci_run: %r failed (%d):\n%s%s" % (c, r.returncode,
                                                        r.stdout, r.stderr))


def gitlab(d, env):
    with open(os.path.join(d, ".gitlab-ci.yml")) as f:
        ci = yaml.safe_load(f)
    pages = ci["pages"]
    assert pages["artifacts"]["paths"] == ["public"], pages
    assert ci["variables"]["GIT_DEPTH"] == "0"
    cmds = ci["default"]["before_script"] + pages["script"]
    work = tempfile.mkdtemp()
    shutil.rmtree(work)
    shutil.copytree(d, work, symlinks=True)
    e = dict(env, TMPDIR=tempfile.mkdtemp(), CI_COMMIT_BRANCH="main",
             CI_DEFAULT_BRANCH="main")
    run(ci["default"]["before_script"] + ci["check"]["script"], work, e)
    run(cmds, work, e)
    assert os.path.isfile(os.path.join(work, "public", "index.html"))
    assert os.path.isdir(os.path.join(work, "public", "pdf"))


def github(d, env):
    with open(os.path.join(d, ".github", "workflows", "clspd.yml")) as f:
        ci = yaml.safe_load(f)
    on = ci.get("on", ci.get(True))     # YAML 1.1 reads `on` as true
    assert on["push"]["branches"] == ["main"], on
    assert ci["permissions"]["pages"] == "write"
    steps = ci["jobs"]["build"]["steps"]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert any(u.startswith("actions/checkout@") for u in uses), uses
    up = [s for s in steps if s.get("uses", "").startswith(
        "actions/upload-pages-artifact@")]
    assert up and up[0]["with"]["path"].endswith("/clspd-output/site"), up
    assert ci["jobs"]["deploy"]["steps"][0]["uses"].startswith(
        "actions/deploy-pages@")
    work = tempfile.mkdtemp()
    shutil.rmtree(work)
    shutil.copytree(d, work, symlinks=True)
    temp = tempfile.mkdtemp()
    e = dict(env, RUNNER_TEMP=temp, **ci.get("env", {}))
    run([s["run"] for s in steps if "run" in s], work, e)
    assert os.path.isfile(os.path.join(temp, "clspd-output", "site",
                                       "index.html"))


def main():
    d = sys.argv[1]
    env = dict(os.environ)
    gitlab(d, env)
    github(d, env)
    print("ci_run: ok")


if __name__ == "__main__":
    main()
