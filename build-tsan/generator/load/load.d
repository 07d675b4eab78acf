build-tsan/generator/load/load.o: generator/load/load.c \
 generator/load/../util/alloc.h generator/load/../util/sort.h \
 generator/load/../util/buf.h generator/load/../util/fs.h \
 generator/load/../util/utf8.h generator/load/fields.h \
 generator/load/../util/arena.h generator/load/model.h \
 generator/load/../util/decimal.h generator/load/../util/diag.h \
 generator/load/yaml.h generator/load/load.h generator/load/markdown.h \
 generator/load/records.h
generator/load/../util/alloc.h:
generator/load/../util/sort.h:
generator/load/../util/buf.h:
generator/load/../util/fs.h:
generator/load/../util/utf8.h:
generator/load/fields.h:
generator/load/../util/arena.h:
generator/load/model.h:
generator/load/../util/decimal.h:
generator/load/../util/diag.h:
generator/load/yaml.h:
generator/load/load.h:
generator/load/markdown.h:
generator/load/records.h:
