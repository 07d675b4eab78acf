build-tsan/generator/render/pdf/pdf_page.o: \
 generator/render/pdf/pdf_page.c generator/render/pdf/../../util/alloc.h \
 generator/render/pdf/pdf_page.h generator/render/pdf/../../util/arena.h
generator/render/pdf/../../util/alloc.h:
generator/render/pdf/pdf_page.h:
generator/render/pdf/../../util/arena.h:
