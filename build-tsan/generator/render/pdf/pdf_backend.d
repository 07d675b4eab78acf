build-tsan/generator/render/pdf/pdf_backend.o: \
 generator/render/pdf/pdf_backend.c \
 generator/render/pdf/../../util/alloc.h \
 generator/render/pdf/../../util/buf.h \
 generator/render/pdf/../../util/utf8.h \
 generator/render/pdf/pdf_backend.h \
 generator/render/pdf/../../publish/publish.h \
 generator/render/pdf/../../publish/../util/buf.h \
 generator/render/pdf/pdf_font.h generator/render/pdf/pdf_page.h \
 generator/render/pdf/../../util/arena.h \
 generator/render/pdf/pdf_content.h generator/render/pdf/pdf_pdfa.h
generator/render/pdf/../../util/alloc.h:
generator/render/pdf/../../util/buf.h:
generator/render/pdf/../../util/utf8.h:
generator/render/pdf/pdf_backend.h:
generator/render/pdf/../../publish/publish.h:
generator/render/pdf/../../publish/../util/buf.h:
generator/render/pdf/pdf_font.h:
generator/render/pdf/pdf_page.h:
generator/render/pdf/../../util/arena.h:
generator/render/pdf/pdf_content.h:
generator/render/pdf/pdf_pdfa.h:
