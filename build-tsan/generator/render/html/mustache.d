build-tsan/generator/render/html/mustache.o: \
 generator/render/html/mustache.c \
 generator/render/html/../../util/alloc.h \
 generator/render/html/../../util/escape.h \
 generator/render/html/mustache.h generator/render/html/../../util/buf.h \
 generator/render/html/../../util/diag.h \
 generator/render/html/../../view/value.h \
 generator/render/html/../../view/../load/model.h \
 generator/render/html/../../view/../load/../util/decimal.h \
 generator/render/html/../../view/../load/../util/diag.h \
 generator/render/html/../../view/../util/arena.h \
 generator/render/html/../../view/../util/decimal.h \
 generator/render/html/mustache_parse.h \
 generator/render/html/../../util/arena.h
generator/render/html/../../util/alloc.h:
generator/render/html/../../util/escape.h:
generator/render/html/mustache.h:
generator/render/html/../../util/buf.h:
generator/render/html/../../util/diag.h:
generator/render/html/../../view/value.h:
generator/render/html/../../view/../load/model.h:
generator/render/html/../../view/../load/../util/decimal.h:
generator/render/html/../../view/../load/../util/diag.h:
generator/render/html/../../view/../util/arena.h:
generator/render/html/../../view/../util/decimal.h:
generator/render/html/mustache_parse.h:
generator/render/html/../../util/arena.h:
