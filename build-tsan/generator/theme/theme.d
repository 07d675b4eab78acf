build-tsan/generator/theme/theme.o: generator/theme/theme.c \
 generator/theme/../util/alloc.h generator/theme/../util/fs.h \
 generator/theme/embedded.h generator/theme/theme.h \
 generator/theme/../util/buf.h generator/theme/../util/diag.h
generator/theme/../util/alloc.h:
generator/theme/../util/fs.h:
generator/theme/embedded.h:
generator/theme/theme.h:
generator/theme/../util/buf.h:
generator/theme/../util/diag.h:
