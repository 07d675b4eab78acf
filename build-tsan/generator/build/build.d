build-tsan/generator/build/build.o: generator/build/build.c \
 generator/build/../load/load.h generator/build/../load/../util/diag.h \
 generator/build/../load/model.h \
 generator/build/../load/../util/decimal.h \
 generator/build/../load/markdown.h generator/build/../load/fields.h \
 generator/build/../load/../util/arena.h generator/build/../load/yaml.h \
 generator/build/../load/yaml.h generator/build/../render/data/data.h \
 generator/build/../render/data/../../load/model.h \
 generator/build/../render/data/../../metrics/metrics.h \
 generator/build/../render/data/../../metrics/../load/model.h \
 generator/build/../render/data/../../publish/publish.h \
 generator/build/../render/data/../../publish/../util/buf.h \
 generator/build/../render/data/../../util/buf.h \
 generator/build/../render/data/../../view/value.h \
 generator/build/../render/data/../../view/../load/model.h \
 generator/build/../render/data/../../view/../util/arena.h \
 generator/build/../render/data/../../view/../util/decimal.h \
 generator/build/../render/pdf/pdf_charter.h \
 generator/build/../render/pdf/../../publish/publish.h \
 generator/build/../render/pdf/../../view/value.h \
 generator/build/../render/pdf/pdf_theme.h \
 generator/build/../render/pdf/../../theme/theme.h \
 generator/build/../render/pdf/../../theme/../util/buf.h \
 generator/build/../render/pdf/../../theme/../util/diag.h \
 generator/build/../render/pdf/../../util/diag.h \
 generator/build/../render/pdf/pdf_font.h \
 generator/build/../render/pdf/pdf_coverage.h \
 generator/build/../render/pdf/../../load/model.h \
 generator/build/../render/pdf/pdf_report.h \
 generator/build/../render/html/site.h \
 generator/build/../render/html/../../publish/publish.h \
 generator/build/../render/html/../../theme/theme.h \
 generator/build/../render/html/../../view/value.h \
 generator/build/../util/diag.h generator/build/../util/fs.h \
 generator/build/../theme/theme.h generator/build/../view/strings.h \
 generator/build/../view/../theme/theme.h \
 generator/build/../view/../util/diag.h generator/build/../view/value.h \
 generator/build/../view/view.h generator/build/../view/../load/model.h \
 generator/build/../view/../metrics/metrics.h \
 generator/build/../view/strings.h generator/build/../view/value.h \
 generator/build/build.h generator/build/../load/model.h \
 generator/build/../metrics/metrics.h \
 generator/build/../publish/publish.h \
 generator/build/../render/pdf/pdf_theme.h
generator/build/../load/load.h:
generator/build/../load/../util/diag.h:
generator/build/../load/model.h:
generator/build/../load/../util/decimal.h:
generator/build/../load/markdown.h:
generator/build/../load/fields.h:
generator/build/../load/../util/arena.h:
generator/build/../load/yaml.h:
generator/build/../load/yaml.h:
generator/build/../render/data/data.h:
generator/build/../render/data/../../load/model.h:
generator/build/../render/data/../../metrics/metrics.h:
generator/build/../render/data/../../metrics/../load/model.h:
generator/build/../render/data/../../publish/publish.h:
generator/build/../render/data/../../publish/../util/buf.h:
generator/build/../render/data/../../util/buf.h:
generator/build/../render/data/../../view/value.h:
generator/build/../render/data/../../view/../load/model.h:
generator/build/../render/data/../../view/../util/arena.h:
generator/build/../render/data/../../view/../util/decimal.h:
generator/build/../render/pdf/pdf_charter.h:
generator/build/../render/pdf/../../publish/publish.h:
generator/build/../render/pdf/../../view/value.h:
generator/build/../render/pdf/pdf_theme.h:
generator/build/../render/pdf/../../theme/theme.h:
generator/build/../render/pdf/../../theme/../util/buf.h:
generator/build/../render/pdf/../../theme/../util/diag.h:
generator/build/../render/pdf/../../util/diag.h:
generator/build/../render/pdf/pdf_font.h:
generator/build/../render/pdf/pdf_coverage.h:
generator/build/../render/pdf/../../load/model.h:
generator/build/../render/pdf/pdf_report.h:
generator/build/../render/html/site.h:
generator/build/../render/html/../../publish/publish.h:
generator/build/../render/html/../../theme/theme.h:
generator/build/../render/html/../../view/value.h:
generator/build/../util/diag.h:
generator/build/../util/fs.h:
generator/build/../theme/theme.h:
generator/build/../view/strings.h:
generator/build/../view/../theme/theme.h:
generator/build/../view/../util/diag.h:
generator/build/../view/value.h:
generator/build/../view/view.h:
generator/build/../view/../load/model.h:
generator/build/../view/../metrics/metrics.h:
generator/build/../view/strings.h:
generator/build/../view/value.h:
generator/build/build.h:
generator/build/../load/model.h:
generator/build/../metrics/metrics.h:
generator/build/../publish/publish.h:
generator/build/../render/pdf/pdf_theme.h:
