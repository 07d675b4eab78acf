build-tsan/generator/render/pdf/pdf_hyph.o: \
 generator/render/pdf/pdf_hyph.c generator/render/pdf/../../util/alloc.h \
 generator/render/pdf/../../util/utf8.h generator/render/pdf/pdf_hyph.h
generator/render/pdf/../../util/alloc.h:
generator/render/pdf/../../util/utf8.h:
generator/render/pdf/pdf_hyph.h:
