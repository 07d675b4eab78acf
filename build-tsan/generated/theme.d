build-tsan/generated/theme.o: build-tsan/generated/theme.c \
 generator/theme/embedded.h
generator/theme/embedded.h:
