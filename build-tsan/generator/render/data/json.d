build-tsan/generator/render/data/json.o: generator/render/data/json.c \
 generator/render/data/../../util/escape.h generator/render/data/data.h \
 generator/render/data/../../load/model.h \
 generator/render/data/../../load/../util/decimal.h \
 generator/render/data/../../load/../util/diag.h \
 generator/render/data/../../metrics/metrics.h \
 generator/render/data/../../metrics/../load/model.h \
 generator/render/data/../../publish/publish.h \
 generator/render/data/../../publish/../util/buf.h \
 generator/render/data/../../util/buf.h \
 generator/render/data/../../view/value.h \
 generator/render/data/../../view/../load/model.h \
 generator/render/data/../../view/../util/arena.h \
 generator/render/data/../../view/../util/decimal.h
generator/render/data/../../util/escape.h:
generator/render/data/data.h:
generator/render/data/../../load/model.h:
generator/render/data/../../load/../util/decimal.h:
generator/render/data/../../load/../util/diag.h:
generator/render/data/../../metrics/metrics.h:
generator/render/data/../../metrics/../load/model.h:
generator/render/data/../../publish/publish.h:
generator/render/data/../../publish/../util/buf.h:
generator/render/data/../../util/buf.h:
generator/render/data/../../view/value.h:
generator/render/data/../../view/../load/model.h:
generator/render/data/../../view/../util/arena.h:
generator/render/data/../../view/../util/decimal.h:
