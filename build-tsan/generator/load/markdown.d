build-tsan/generator/load/markdown.o: generator/load/markdown.c \
 generator/load/../util/alloc.h generator/load/../util/arena.h \
 generator/load/markdown.h generator/load/fields.h generator/load/model.h \
 generator/load/../util/decimal.h generator/load/../util/diag.h \
 generator/load/yaml.h
generator/load/../util/alloc.h:
generator/load/../util/arena.h:
generator/load/markdown.h:
generator/load/fields.h:
generator/load/model.h:
generator/load/../util/decimal.h:
generator/load/../util/diag.h:
generator/load/yaml.h:
