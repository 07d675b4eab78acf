build-tsan/generator/render/html/markdown.o: \
 generator/render/html/markdown.c \
 generator/render/html/../../util/alloc.h \
 generator/render/html/../../view/view.h \
 generator/render/html/../../view/../load/model.h \
 generator/render/html/../../view/../load/../util/decimal.h \
 generator/render/html/../../view/../load/../util/diag.h \
 generator/render/html/../../view/../metrics/metrics.h \
 generator/render/html/../../view/../metrics/../load/model.h \
 generator/render/html/../../view/strings.h \
 generator/render/html/../../view/../theme/theme.h \
 generator/render/html/../../view/../theme/../util/buf.h \
 generator/render/html/../../view/../theme/../util/diag.h \
 generator/render/html/../../view/../util/diag.h \
 generator/render/html/../../view/value.h \
 generator/render/html/../../view/../util/arena.h \
 generator/render/html/../../view/../util/decimal.h \
 generator/render/html/markdown.h generator/render/html/../../util/buf.h \
 generator/render/html/../../view/value.h
generator/render/html/../../util/alloc.h:
generator/render/html/../../view/view.h:
generator/render/html/../../view/../load/model.h:
generator/render/html/../../view/../load/../util/decimal.h:
generator/render/html/../../view/../load/../util/diag.h:
generator/render/html/../../view/../metrics/metrics.h:
generator/render/html/../../view/../metrics/../load/model.h:
generator/render/html/../../view/strings.h:
generator/render/html/../../view/../theme/theme.h:
generator/render/html/../../view/../theme/../util/buf.h:
generator/render/html/../../view/../theme/../util/diag.h:
generator/render/html/../../view/../util/diag.h:
generator/render/html/../../view/value.h:
generator/render/html/../../view/../util/arena.h:
generator/render/html/../../view/../util/decimal.h:
generator/render/html/markdown.h:
generator/render/html/../../util/buf.h:
generator/render/html/../../view/value.h:
