build-tsan/generator/view/strings.o: generator/view/strings.c \
 generator/view/../load/yaml.h generator/view/../load/../util/diag.h \
 generator/view/../util/alloc.h generator/view/../util/fs.h \
 generator/view/../util/suggest.h generator/view/strings.h \
 generator/view/../theme/theme.h generator/view/../theme/../util/buf.h \
 generator/view/../theme/../util/diag.h generator/view/../util/diag.h
generator/view/../load/yaml.h:
generator/view/../load/../util/diag.h:
generator/view/../util/alloc.h:
generator/view/../util/fs.h:
generator/view/../util/suggest.h:
generator/view/strings.h:
generator/view/../theme/theme.h:
generator/view/../theme/../util/buf.h:
generator/view/../theme/../util/diag.h:
generator/view/../util/diag.h:
