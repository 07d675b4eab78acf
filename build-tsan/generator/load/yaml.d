build-tsan/generator/load/yaml.o: generator/load/yaml.c \
 generator/load/../util/alloc.h generator/load/../util/arena.h \
 generator/load/../util/diag.h generator/load/yaml.h
generator/load/../util/alloc.h:
generator/load/../util/arena.h:
generator/load/../util/diag.h:
generator/load/yaml.h:
