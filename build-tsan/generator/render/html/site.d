build-tsan/generator/render/html/site.o: generator/render/html/site.c \
 generator/render/html/../../load/markdown.h \
 generator/render/html/../../load/fields.h \
 generator/render/html/../../load/../util/arena.h \
 generator/render/html/../../load/model.h \
 generator/render/html/../../load/../util/decimal.h \
 generator/render/html/../../load/../util/diag.h \
 generator/render/html/../../load/yaml.h \
 generator/render/html/../../util/alloc.h \
 generator/render/html/../../util/escape.h \
 generator/render/html/../../view/chart.h \
 generator/render/html/../../view/../util/arena.h \
 generator/render/html/../../view/format.h \
 generator/render/html/../../view/../util/buf.h \
 generator/render/html/../../view/../util/decimal.h \
 generator/render/html/../../view/value.h \
 generator/render/html/../../view/../load/model.h \
 generator/render/html/../../view/format.h \
 generator/render/html/markdown.h generator/render/html/../../util/buf.h \
 generator/render/html/../../view/value.h \
 generator/render/html/mustache.h generator/render/html/../../util/diag.h \
 generator/render/html/site.h \
 generator/render/html/../../publish/publish.h \
 generator/render/html/../../publish/../util/buf.h \
 generator/render/html/../../theme/theme.h \
 generator/render/html/../../theme/../util/buf.h \
 generator/render/html/../../theme/../util/diag.h \
 generator/render/html/svg.h
generator/render/html/../../load/markdown.h:
generator/render/html/../../load/fields.h:
generator/render/html/../../load/../util/arena.h:
generator/render/html/../../load/model.h:
generator/render/html/../../load/../util/decimal.h:
generator/render/html/../../load/../util/diag.h:
generator/render/html/../../load/yaml.h:
generator/render/html/../../util/alloc.h:
generator/render/html/../../util/escape.h:
generator/render/html/../../view/chart.h:
generator/render/html/../../view/../util/arena.h:
generator/render/html/../../view/format.h:
generator/render/html/../../view/../util/buf.h:
generator/render/html/../../view/../util/decimal.h:
generator/render/html/../../view/value.h:
generator/render/html/../../view/../load/model.h:
generator/render/html/../../view/format.h:
generator/render/html/markdown.h:
generator/render/html/../../util/buf.h:
generator/render/html/../../view/value.h:
generator/render/html/mustache.h:
generator/render/html/../../util/diag.h:
generator/render/html/site.h:
generator/render/html/../../publish/publish.h:
generator/render/html/../../publish/../util/buf.h:
generator/render/html/../../theme/theme.h:
generator/render/html/../../theme/../util/buf.h:
generator/render/html/../../theme/../util/diag.h:
generator/render/html/svg.h:
