build-tsan/generator/main.o: generator/main.c generator/build/build.h \
 generator/build/../load/model.h \
 generator/build/../load/../util/decimal.h \
 generator/build/../load/../util/diag.h \
 generator/build/../metrics/metrics.h \
 generator/build/../metrics/../load/model.h \
 generator/build/../publish/publish.h \
 generator/build/../publish/../util/buf.h \
 generator/build/../render/pdf/pdf_theme.h \
 generator/build/../render/pdf/../../theme/theme.h \
 generator/build/../render/pdf/../../theme/../util/buf.h \
 generator/build/../render/pdf/../../theme/../util/diag.h \
 generator/build/../render/pdf/../../util/diag.h \
 generator/build/../render/pdf/pdf_font.h \
 generator/build/../theme/theme.h generator/build/../view/strings.h \
 generator/build/../view/../theme/theme.h \
 generator/build/../view/../util/diag.h generator/init/init.h
generator/build/build.h:
generator/build/../load/model.h:
generator/build/../load/../util/decimal.h:
generator/build/../load/../util/diag.h:
generator/build/../metrics/metrics.h:
generator/build/../metrics/../load/model.h:
generator/build/../publish/publish.h:
generator/build/../publish/../util/buf.h:
generator/build/../render/pdf/pdf_theme.h:
generator/build/../render/pdf/../../theme/theme.h:
generator/build/../render/pdf/../../theme/../util/buf.h:
generator/build/../render/pdf/../../theme/../util/diag.h:
generator/build/../render/pdf/../../util/diag.h:
generator/build/../render/pdf/pdf_font.h:
generator/build/../theme/theme.h:
generator/build/../view/strings.h:
generator/build/../view/../theme/theme.h:
generator/build/../view/../util/diag.h:
generator/init/init.h:
