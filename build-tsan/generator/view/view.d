build-tsan/generator/view/view.o: generator/view/view.c \
 generator/view/../util/alloc.h generator/view/../load/markdown.h \
 generator/view/../load/fields.h generator/view/../load/../util/arena.h \
 generator/view/../load/model.h generator/view/../load/../util/decimal.h \
 generator/view/../load/../util/diag.h generator/view/../load/yaml.h \
 generator/view/format.h generator/view/../util/buf.h \
 generator/view/../util/decimal.h generator/view/typo.h \
 generator/view/view.h generator/view/../load/model.h \
 generator/view/../metrics/metrics.h \
 generator/view/../metrics/../load/model.h generator/view/strings.h \
 generator/view/../theme/theme.h generator/view/../theme/../util/buf.h \
 generator/view/../theme/../util/diag.h generator/view/../util/diag.h \
 generator/view/value.h generator/view/../util/arena.h
generator/view/../util/alloc.h:
generator/view/../load/markdown.h:
generator/view/../load/fields.h:
generator/view/../load/../util/arena.h:
generator/view/../load/model.h:
generator/view/../load/../util/decimal.h:
generator/view/../load/../util/diag.h:
generator/view/../load/yaml.h:
generator/view/format.h:
generator/view/../util/buf.h:
generator/view/../util/decimal.h:
generator/view/typo.h:
generator/view/view.h:
generator/view/../load/model.h:
generator/view/../metrics/metrics.h:
generator/view/../metrics/../load/model.h:
generator/view/strings.h:
generator/view/../theme/theme.h:
generator/view/../theme/../util/buf.h:
generator/view/../theme/../util/diag.h:
generator/view/../util/diag.h:
generator/view/value.h:
generator/view/../util/arena.h:
