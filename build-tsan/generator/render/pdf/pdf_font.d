build-tsan/generator/render/pdf/pdf_font.o: \
 generator/render/pdf/pdf_font.c generator/render/pdf/../../util/alloc.h \
 generator/render/pdf/../../util/utf8.h generator/render/pdf/pdf_font.h
generator/render/pdf/../../util/alloc.h:
generator/render/pdf/../../util/utf8.h:
generator/render/pdf/pdf_font.h:
