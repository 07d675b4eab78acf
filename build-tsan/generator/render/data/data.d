build-tsan/generator/render/data/data.o: generator/render/data/data.c \
 generator/render/data/../../util/escape.h \
 generator/render/data/../../view/data.h \
 generator/render/data/../../view/../load/model.h \
 generator/render/data/../../view/../load/../util/decimal.h \
 generator/render/data/../../view/../load/../util/diag.h \
 generator/render/data/../../view/../metrics/metrics.h \
 generator/render/data/../../view/../metrics/../load/model.h \
 generator/render/data/../../view/value.h \
 generator/render/data/../../view/../util/arena.h \
 generator/render/data/../../view/../util/decimal.h \
 generator/render/data/data.h generator/render/data/../../load/model.h \
 generator/render/data/../../metrics/metrics.h \
 generator/render/data/../../publish/publish.h \
 generator/render/data/../../publish/../util/buf.h \
 generator/render/data/../../util/buf.h \
 generator/render/data/../../view/value.h
generator/render/data/../../util/escape.h:
generator/render/data/../../view/data.h:
generator/render/data/../../view/../load/model.h:
generator/render/data/../../view/../load/../util/decimal.h:
generator/render/data/../../view/../load/../util/diag.h:
generator/render/data/../../view/../metrics/metrics.h:
generator/render/data/../../view/../metrics/../load/model.h:
generator/render/data/../../view/value.h:
generator/render/data/../../view/../util/arena.h:
generator/render/data/../../view/../util/decimal.h:
generator/render/data/data.h:
generator/render/data/../../load/model.h:
generator/render/data/../../metrics/metrics.h:
generator/render/data/../../publish/publish.h:
generator/render/data/../../publish/../util/buf.h:
generator/render/data/../../util/buf.h:
generator/render/data/../../view/value.h:
