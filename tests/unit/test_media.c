/*
 * The content's images (issue 13): the logo of clspd.yaml and the
 * Markdown images of media/. Each check of load/media.c with its exact
 * diagnostic, in English and in French; the site's <img> and the files
 * copied to site/media/; the image objects of the PDFs (pdfimages),
 * still PDF/A-1b; no media/ in the output of content without images.
 */
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <png.h>

#include "../../generator/util/alloc.h"
#include "helpers.h"

TestSuite(media, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/* A real JPEG of 25 x 36 pixels, RGB (a page of the sample, by poppler). */
static const char jpeg[] =
	"\xff\xd8\xff\xe0\x00\x10\x4a\x46\x49\x46\x00\x01\x01\x01\x00\x03"
	"\x00\x03\x00\x00\xff\xdb\x00\x43\x00\x08\x06\x06\x07\x06\x05\x08"
	"\x07\x07\x07\x09\x09\x08\x0a\x0c\x14\x0d\x0c\x0b\x0b\x0c\x19\x12"
	"\x13\x0f\x14\x1d\x1a\x1f\x1e\x1d\x1a\x1c\x1c\x20\x24\x2e\x27\x20"
	"\x22\x2c\x23\x1c\x1c\x28\x37\x29\x2c\x30\x31\x34\x34\x34\x1f\x27"
	"\x39\x3d\x38\x32\x3c\x2e\x33\x34\x32\xff\xdb\x00\x43\x01\x09\x09"
	"\x09\x0c\x0b\x0c\x18\x0d\x0d\x18\x32\x21\x1c\x21\x32\x32\x32\x32"
	"\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32"
	"\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32"
	"\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\xff\xc0"
	"\x00\x11\x08\x00\x24\x00\x19\x03\x01\x22\x00\x02\x11\x01\x03\x11"
	"\x01\xff\xc4\x00\x1f\x00\x00\x01\x05\x01\x01\x01\x01\x01\x01\x00"
	"\x00\x00\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09"
	"\x0a\x0b\xff\xc4\x00\xb5\x10\x00\x02\x01\x03\x03\x02\x04\x03\x05"
	"\x05\x04\x04\x00\x00\x01\x7d\x01\x02\x03\x00\x04\x11\x05\x12\x21"
	"\x31\x41\x06\x13\x51\x61\x07\x22\x71\x14\x32\x81\x91\xa1\x08\x23"
	"\x42\xb1\xc1\x15\x52\xd1\xf0\x24\x33\x62\x72\x82\x09\x0a\x16\x17"
	"\x18\x19\x1a\x25\x26\x27\x28\x29\x2a\x34\x35\x36\x37\x38\x39\x3a"
	"\x43\x44\x45\x46\x47\x48\x49\x4a\x53\x54\x55\x56\x57\x58\x59\x5a"
	"\x63\x64\x65\x66\x67\x68\x69\x6a\x73\x74\x75\x76\x77\x78\x79\x7a"
	"\x83\x84\x85\x86\x87\x88\x89\x8a\x92\x93\x94\x95\x96\x97\x98\x99"
	"\x9a\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xb2\xb3\xb4\xb5\xb6\xb7"
	"\xb8\xb9\xba\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xd2\xd3\xd4\xd5"
	"\xd6\xd7\xd8\xd9\xda\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xf1"
	"\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xff\xc4\x00\x1f\x01\x00\x03"
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00\x01"
	"\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\xff\xc4\x00\xb5\x11\x00"
	"\x02\x01\x02\x04\x04\x03\x04\x07\x05\x04\x04\x00\x01\x02\x77\x00"
	"\x01\x02\x03\x11\x04\x05\x21\x31\x06\x12\x41\x51\x07\x61\x71\x13"
	"\x22\x32\x81\x08\x14\x42\x91\xa1\xb1\xc1\x09\x23\x33\x52\xf0\x15"
	"\x62\x72\xd1\x0a\x16\x24\x34\xe1\x25\xf1\x17\x18\x19\x1a\x26\x27"
	"\x28\x29\x2a\x35\x36\x37\x38\x39\x3a\x43\x44\x45\x46\x47\x48\x49"
	"\x4a\x53\x54\x55\x56\x57\x58\x59\x5a\x63\x64\x65\x66\x67\x68\x69"
	"\x6a\x73\x74\x75\x76\x77\x78\x79\x7a\x82\x83\x84\x85\x86\x87\x88"
	"\x89\x8a\x92\x93\x94\x95\x96\x97\x98\x99\x9a\xa2\xa3\xa4\xa5\xa6"
	"\xa7\xa8\xa9\xaa\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xc2\xc3\xc4"
	"\xc5\xc6\xc7\xc8\xc9\xca\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xe2"
	"\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9"
	"\xfa\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00\xf3"
	"\x7c\xc2\xb0\x21\xc1\x69\x77\x36\xe5\x2b\x80\x17\x8c\x10\x73\xc9"
	"\xfb\xdc\x60\x63\x03\x93\x9e\x22\xab\x11\xdf\xdd\xc3\x08\x8a\x2b"
	"\x99\x52\x31\x9c\x2a\xb9\x00\x67\xad\x12\x5f\x5e\x4b\x13\x45\x25"
	"\xd4\xef\x1b\x1c\xb2\x34\x84\x82\x7d\x48\xae\xe3\xc5\xd0\xd8\x8f"
	"\xc4\x1a\x7a\x78\x4a\xe7\x47\x6d\x0e\xdd\xef\x26\x65\x64\xd4\x0e"
	"\xcf\x32\x30\x0a\x12\x07\xc9\xbb\x9d\xa4\x7d\xef\xe2\x35\xcf\xd1"
	"\x45\x24\x92\xd8\xa9\xcd\xcd\xde\x47\xab\x43\xf0\x73\xc4\xd6\xe1"
	"\x63\x17\x7a\x4b\x00\x49\xdc\x5e\x5f\xfe\x27\xda\x99\x37\xc1\x2f"
	"\x12\x4c\xc1\x9a\xff\x00\x49\x04\x28\x5e\x1e\x4f\xfe\x22\xbd\xe3"
	"\x20\x75\x22\x80\xc0\xf4\x22\xb9\xfd\xac\x8e\xff\x00\xaa\xd3\x3c"
	"\x0f\xfe\x14\x67\x88\xbf\xe8\x23\xa5\xff\x00\xdf\x72\x7f\xf1\x14"
	"\x7f\xc2\x8c\xf1\x17\xfd\x04\x74\xbf\xfb\xee\x4f\xfe\x22\xbd\xf6"
	"\x8a\x3d\xac\x83\xea\xb4\xc2\x8a\x28\xac\x8e\x90\xa2\x8a\x28\x03"
	"\xff\xd9";
/* Where the JPEG's frame header gives its bits and colour components. */
#define JPEG_PRECISION	162
#define JPEG_COMPONENTS	167

/* Writes a PNG of w x h pixels; with alpha, its left half transparent. */
static void
write_png(const char *path, int w, int h, int alpha)
{
	png_image	 img;
	unsigned char	*px;
	size_t		 len = 0, n = alpha ? 4 : 3;
	char		*out;
	int		 x, y;

	px = xcalloc((size_t)w * (size_t)h, n);
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			px[((size_t)y * w + x) * n] = 200;
			px[((size_t)y * w + x) * n + 1] = 40;
			px[((size_t)y * w + x) * n + 2] = 60;
			if (alpha)
				px[((size_t)y * w + x) * n + 3] =
				    x < w / 2 ? 0 : 255;
		}
	memset(&img, 0, sizeof(img));
	img.version = PNG_IMAGE_VERSION;
	img.width = (png_uint_32)w;
	img.height = (png_uint_32)h;
	img.format = alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
	cr_assert(png_image_write_get_memory_size(img, len, 0, px, 0, NULL));
	out = xmalloc(len);
	cr_assert(png_image_write_to_memory(&img, out, &len, 0, px, 0, NULL));
	test_write_file(path, out, len);
	free(out);
	free(px);
}

static const char logo_svg[] =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
    "<rect width=\"40\" height=\"40\" fill=\"#8a1538\"/></svg>\n";

/* The content with a logo and a page holding the pictures given. */
static void
content_with(const char *logo, const char *page)
{
	char	*yaml = xasprintf("council: CLSPD de Test\n"
	    "territory: Testville\n"
	    "year: 2025\n"
	    "%s"
	    "thematics:\n"
	    "  - id: t\n"
	    "    title: Thématique\n"
	    "    group: [p]\n", logo);
	const struct tfile files[] = {
		{ "clspd.yaml", yaml },
		{ "pages/photos.md", page },
	};

	test_content(files, 2);
	free(yaml);
	test_write_file("content/media/logo.svg", logo_svg,
	    sizeof(logo_svg) - 1);
	write_png("content/media/photo.png", 40, 30, 1);
	test_write_file("content/media/action.jpg", jpeg, sizeof(jpeg) - 1);
}

/* Every mistake, in one run, as English diagnostics. */
static const char bad_page[] =
    "---\ntitle: Photos\n---\n"
    "![](media/photo.png)\n"				/* 4 */
    "\n"
    "![a](../photo.png) ![b](/etc/hostname)\n"		/* 6 */
    "\n"
    "![c](https://example.org/a.png) ![d](photos/a.png)\n"	/* 8 */
    "\n"
    "![e](media/absent.png) ![f](media/cmyk.jpg)\n"	/* 10 */
    "\n"
    "![g](media/fake.png) ![h](media/wide.png)\n"	/* 12 */
    "\n"
    "![i](media/logo.svg) ![j](media/text.png)\n"	/* 14 */
    "\n"
    "![k](media/broken.png) ![l](media/link.png)\n"	/* 16 */
    "\n"
    "![m](media/huge.jpg)\n";				/* 18 */

static void
bad_content(void)
{
	char	*cmyk = xmalloc(sizeof(jpeg));
	char	*huge;
	size_t	 n = 8u * 1024 * 1024 + 1;

	content_with("logo: media/action.jpg\n", bad_page);
	memcpy(cmyk, jpeg, sizeof(jpeg));
	cmyk[JPEG_COMPONENTS] = 4;
	test_write_file("content/media/cmyk.jpg", cmyk, sizeof(jpeg) - 1);
	free(cmyk);
	test_write_file("content/media/fake.png", jpeg, sizeof(jpeg) - 1);
	write_png("content/media/wide.png", 5001, 1, 0);
	test_write_file("content/media/text.png", "hello\n", 6);
	test_write_file("content/media/broken.png", "\x89PNG\r\n\x1a\nxx", 10);
	cr_assert(symlink("/etc/hostname", "content/media/link.png") == 0);
	huge = xcalloc(1, n);
	memcpy(huge, jpeg, sizeof(jpeg) - 1);
	test_write_file("content/media/huge.jpg", huge, n);
	free(huge);
}

Test(media, each_check_has_its_diagnostic)
{
	char	*d;

	bad_content();
	d = test_diagnostics(NULL);
	cr_assert_str_eq(d,
	    "content/clspd.yaml:4:7: error: media/action.jpg is not an SVG or "
	    "PNG image (clspd reads what the file holds, not its name): save "
	    "the logo as SVG or PNG\n"
	    "content/pages/photos.md:4:1: error: image without alternative "
	    "text: say what it shows between the brackets, as in ![Les "
	    "médiateurs au marché](media/photo.png)\n"
	    "content/pages/photos.md:6:1: error: '..' in the image path "
	    "'../photo.png': write the path from the content folder, inside "
	    "media/ (as in media/photo.jpg)\n"
	    "content/pages/photos.md:6:20: error: the image '/etc/hostname' is "
	    "not in media/: put the file in the folder media/ of the content "
	    "folder and write its path from there, as in media/photo.jpg\n"
	    "content/pages/photos.md:8:1: error: the image "
	    "'https://example.org/a.png' is not in media/: put the file in the "
	    "folder media/ of the content folder and write its path from "
	    "there, as in media/photo.jpg\n"
	    "content/pages/photos.md:8:33: error: the image 'photos/a.png' is "
	    "not in media/: put the file in the folder media/ of the content "
	    "folder and write its path from there, as in media/photo.jpg\n"
	    "content/pages/photos.md:10:1: error: no file media/absent.png: put "
	    "the image in the folder media/ of the content folder, or correct "
	    "the path\n"
	    "content/pages/photos.md:10:24: error: media/cmyk.jpg is a CMYK "
	    "JPEG (colours for a print shop): save it in RGB\n"
	    "content/pages/photos.md:12:1: error: media/fake.png holds a JPEG "
	    "image, whatever its name says: rename it to end in .jpg\n"
	    "content/pages/photos.md:12:22: error: media/wide.png is 5001 x 1 "
	    "pixels, more than 5000 on a side: save it smaller\n"
	    "content/pages/photos.md:14:1: error: media/logo.svg is not a PNG "
	    "or JPEG image (clspd reads what the file holds, not its name): "
	    "save the picture as PNG or JPEG\n"
	    "content/pages/photos.md:14:22: error: media/text.png is not a PNG "
	    "or JPEG image (clspd reads what the file holds, not its name): "
	    "save the picture as PNG or JPEG\n"
	    "content/pages/photos.md:16:1: error: media/broken.png is a damaged "
	    "PNG image: save it again from an image editor\n"
	    "content/pages/photos.md:16:24: error: media/link.png is a symbolic "
	    "link: clspd follows no link in the content folder; put the file "
	    "itself in media/\n"
	    "content/pages/photos.md:18:1: error: media/huge.jpg is larger than "
	    "8 MiB: save it smaller (2000 pixels wide is plenty for a photo)\n");
	free(d);
}

/* A PNG whose header is whole but whose pixels are cut is damaged. */
Test(media, a_png_cut_after_its_header_is_damaged)
{
	char	*png, *d;
	size_t	 len;

	content_with("", "---\ntitle: Photos\n---\n![Une photo](media/photo.png)\n");
	png = test_read("content/media/photo.png", &len);
	test_write_file("content/media/photo.png", png, len - 30);
	free(png);
	d = test_diagnostics(NULL);
	cr_assert_str_eq(d, "content/pages/photos.md:4:1: error: "
	    "media/photo.png is a damaged PNG image: save it again from an "
	    "image editor\n");
	free(d);
}

/* A 12-bit JPEG, which no PDF reader decodes, is refused. */
Test(media, a_12_bit_jpeg_is_refused)
{
	char	 j[sizeof(jpeg)], *d;

	content_with("", "---\ntitle: Photos\n---\n![Une photo](media/action.jpg)\n");
	memcpy(j, jpeg, sizeof(jpeg));
	cr_assert_eq(j[JPEG_PRECISION], 8);
	j[JPEG_PRECISION] = 12;
	test_write_file("content/media/action.jpg", j, sizeof(j) - 1);
	d = test_diagnostics(NULL);
	cr_assert_str_eq(d, "content/pages/photos.md:4:1: error: "
	    "media/action.jpg is a damaged JPEG image: save it again from an "
	    "image editor\n");
	free(d);
}

/* A photo put beside a page is pointed to media/. */
Test(media, an_image_in_a_record_folder_points_to_media)
{
	char	*d;

	test_content(NULL, 0);
	write_png("content/pages/forum.png", 4, 4, 0);
	d = test_diagnostics(NULL);
	cr_assert_str_eq(d, "content/pages/forum.png:1:1: error: an image in "
	    "pages/: images go in the folder media/ at the top of the content "
	    "folder, and a text names them from there (media/forum.png)\n");
	free(d);
}

/* A media/ folder that is a link leaving the content folder. */
Test(media, a_linked_media_folder_is_refused)
{
	char	*d;

	content_with("", "---\ntitle: Photos\n---\n![Une photo](media/a.png)\n");
	cr_assert(rename("content/media", "elsewhere") == 0);
	cr_assert(symlink("../elsewhere", "content/media") == 0);
	write_png("elsewhere/a.png", 4, 4, 0);
	d = test_diagnostics(NULL);
	cr_assert_str_eq(d, "content/pages/photos.md:4:1: error: media/a.png "
	    "is a symbolic link: clspd follows no link in the content folder; "
	    "put the file itself in media/\n");
	free(d);
}

/* Sets LOCPATH to the French locale the Makefile builds beside clspd. */
static void
french(void)
{
	char	 bin[2 * PATH_MAX], *path;

	snprintf(bin, sizeof(bin), "%s", test_clspd);
	path = xasprintf("%s/locales", dirname(bin));
	cr_assert(access(path, R_OK) == 0, "%s: run make %s", path, path);
	setenv("LOCPATH", path, 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
	free(path);
}

Test(media, each_check_has_its_diagnostic_in_french)
{
	char	*err;
	int	 st;

	bad_content();
	french();
	err = test_check_err(&st);
	cr_assert_eq(st, 1);
	cr_assert_str_eq(err,
	    "content/clspd.yaml:4:7: erreur: media/action.jpg n’est pas "
	    "une image SVG ou PNG (clspd lit le contenu du fichier, pas son "
	    "nom)\u00a0: enregistrez le logo en SVG ou en PNG\n"
	    "content/pages/photos.md:4:1: erreur: image sans texte de "
	    "remplacement\u00a0: dites ce qu’elle montre entre les crochets, "
	    "comme ![Les médiateurs au marché](media/photo.png)\n"
	    "content/pages/photos.md:6:1: erreur: «\u00a0..\u00a0» dans "
	    "le chemin d’image «\u00a0../photo.png\u00a0»\u00a0: écrivez le "
	    "chemin depuis le dossier de contenu, dans media/ (comme "
	    "media/photo.jpg)\n"
	    "content/pages/photos.md:6:20: erreur: l’image "
	    "«\u00a0/etc/hostname\u00a0» n’est pas dans media/\u00a0: mettez le "
	    "fichier dans le dossier media/ du dossier de contenu et écrivez "
	    "son chemin depuis celui-ci, comme media/photo.jpg\n"
	    "content/pages/photos.md:8:1: erreur: l’image "
	    "«\u00a0https://example.org/a.png\u00a0» n’est pas dans "
	    "media/\u00a0: mettez le fichier dans le dossier media/ du dossier "
	    "de contenu et écrivez son chemin depuis celui-ci, comme "
	    "media/photo.jpg\n"
	    "content/pages/photos.md:8:33: erreur: l’image "
	    "«\u00a0photos/a.png\u00a0» n’est pas dans media/\u00a0: mettez le "
	    "fichier dans le dossier media/ du dossier de contenu et écrivez "
	    "son chemin depuis celui-ci, comme media/photo.jpg\n"
	    "content/pages/photos.md:10:1: erreur: pas de fichier "
	    "media/absent.png\u00a0: mettez l’image dans le dossier media/ du "
	    "dossier de contenu, ou corrigez le chemin\n"
	    "content/pages/photos.md:10:24: erreur: media/cmyk.jpg est un "
	    "JPEG en CMJN (les couleurs d’un imprimeur)\u00a0: enregistrez-le "
	    "en RVB\n"
	    "content/pages/photos.md:12:1: erreur: media/fake.png contient "
	    "une image JPEG, quoi qu’en dise son nom\u00a0: renommez-le pour "
	    "qu’il finisse par .jpg\n"
	    "content/pages/photos.md:12:22: erreur: media/wide.png mesure "
	    "5001\u00a0×\u00a01\u00a0pixels, plus de 5000 sur un côté\u00a0: "
	    "enregistrez-la plus petite\n"
	    "content/pages/photos.md:14:1: erreur: media/logo.svg n’est "
	    "pas une image PNG ou JPEG (clspd lit le contenu du fichier, pas "
	    "son nom)\u00a0: enregistrez l’image en PNG ou en JPEG\n"
	    "content/pages/photos.md:14:22: erreur: media/text.png n’est "
	    "pas une image PNG ou JPEG (clspd lit le contenu du fichier, pas "
	    "son nom)\u00a0: enregistrez l’image en PNG ou en JPEG\n"
	    "content/pages/photos.md:16:1: erreur: media/broken.png est "
	    "une image PNG abîmée\u00a0: enregistrez-la de nouveau depuis un "
	    "logiciel d’images\n"
	    "content/pages/photos.md:16:24: erreur: media/link.png est un "
	    "lien symbolique\u00a0: clspd ne suit aucun lien dans le dossier de "
	    "contenu\u00a0; mettez le fichier lui-même dans media/\n"
	    "content/pages/photos.md:18:1: erreur: media/huge.jpg dépasse "
	    "8\u00a0Mio\u00a0: enregistrez-le plus petit (2000\u00a0pixels de "
	    "large suffisent pour une photo)\n");
	free(err);
}

Test(media, an_image_in_a_record_folder_points_to_media_in_french)
{
	char	*err;
	int	 st;

	test_content(NULL, 0);
	write_png("content/pages/forum.png", 4, 4, 0);
	french();
	err = test_check_err(&st);
	cr_assert_eq(st, 1);
	cr_assert_str_eq(err, "content/pages/forum.png:1:1: erreur: une image "
	    "dans pages/\u00a0: les images vont dans le dossier media/, en haut "
	    "du dossier de contenu, et un texte les cite depuis celui-ci "
	    "(media/forum.png)\n");
	free(err);
}

static const char good_page[] =
    "---\ntitle: Photos\n---\n"
    "Le forum des associations.\n"
    "\n"
    "![Le stand de la médiation](media/photo.png)\n"
    "\n"
    "Et ![l’affiche « Bien vivre »](media/action.jpg) au marché.\n";

Test(media, the_site_shows_the_logo_and_the_pictures)
{
	char	*html, *a, *b;
	size_t	 la, lb;

	content_with("logo: media/logo.svg\n", good_page);
	test_build("content", "out", NULL);
	html = test_read("out/site/pages/photos.html", NULL);
	cr_assert(strstr(html, "<img src=\"../media/photo.png\" alt=\"Le stand "
	    "de la médiation\" width=\"40\" height=\"30\">") != NULL, "%s",
	    html);
	/* The description in French typography, as the text around it. */
	cr_assert(strstr(html, "<img src=\"../media/action.jpg\" alt=\"l’affiche "
	    "«\u00a0Bien vivre\u00a0»\" width=\"25\" height=\"36\">") != NULL,
	    "%s", html);
	cr_assert(strstr(html, "<img class=\"site-logo\" "
	    "src=\"../media/logo.svg\" alt=\"\" width=\"120\" "
	    "height=\"40\">") != NULL, "%s", html);
	free(html);
	html = test_read("out/site/index.html", NULL);
	/* Beside the council's name, which a reader must not hear twice. */
	cr_assert(strstr(html, "<img class=\"site-logo\" src=\"media/logo.svg\" "
	    "alt=\"\" width") != NULL, "%s", html);
	cr_assert(strstr(html, "alt=\"\" width=\"120\" height=\"40\">\n<div>\n"
	    "<p class=\"site-council\"><a href=\"index.html\">CLSPD de Test</a>")
	    != NULL, "%s", html);
	free(html);
	a = test_read("content/media/photo.png", &la);
	b = test_read("out/site/media/photo.png", &lb);
	cr_assert(la == lb && memcmp(a, b, la) == 0);
	free(a);
	free(b);
	cr_assert(access("out/site/media/action.jpg", R_OK) == 0);
	cr_assert(access("out/site/media/logo.svg", R_OK) == 0);
}

/* pdfimages -list of a PDF: page, width, height, colour, encoding. */
static char *
images(const char *pdf)
{
	char	*cmd = xasprintf("pdfimages -list %s | awk 'NR > 2 { print "
	    "$1, $4, $5, $6, $9 }'", pdf);
	char	*out = test_sh(cmd, NULL);

	free(cmd);
	return out;
}

/* PDFBox's preflight and pdfa_rules.py, as test_pdf_pdfa.c runs them. */
static void
assert_pdfa(const char *pdf)
{
	char	*script = test_repo_path("tests/unit/pdfa_rules.py");
	char	*cmd, *out;
	int	 st;

	cmd = xasprintf("java -cp /usr/share/java/preflight.jar:"
	    "/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:"
	    "/usr/share/java/xmpbox.jar:/usr/share/java/commons-logging.jar:"
	    "/usr/share/java/javax.activation.jar:/usr/share/java/jaxb-api.jar "
	    "org.apache.pdfbox.preflight.Validator_A1b %s 2>&1", pdf);
	out = test_sh(cmd, &st);
	cr_assert(st == 0 && strstr(out, "is a valid PDF/A-1b file") != NULL,
	    "%s", out);
	free(out);
	free(cmd);
	cmd = xasprintf("python3 %s %s 2>&1", script, pdf);
	out = test_sh(cmd, &st);
	cr_assert(st == 0 && strstr(out, "pdfa_rules: all rules met") != NULL,
	    "%s", out);
	free(out);
	free(cmd);
	free(script);
}

Test(media, the_pdfs_draw_the_logo_and_the_pictures, .timeout = 120)
{
	char	*list, *charter;

	content_with("logo: media/logo.svg\n", good_page);
	charter = xasprintf("---\ntitle: Charte\n---\nLe texte.\n\n"
	    "![Les signatures](media/photo.png)\n");
	test_write_file("content/charter.md", charter, strlen(charter));
	free(charter);
	test_build("content", "out", NULL);
	/*
	 * The report: the SVG logo drawn at 300 dpi on the cover (page 1;
	 * 132 x 44 points, 550 x 183 pixels), then the PNG flattened to RGB
	 * and the JPEG as it is, on the page of the text.
	 */
	list = images("out/pdf/rapport-2025.pdf");
	cr_assert(strncmp(list, "1 550 183 rgb image\n", 20) == 0, "%s", list);
	cr_assert(strstr(list, " 40 30 rgb image\n") != NULL, "%s", list);
	cr_assert(strstr(list, " 25 36 rgb jpeg\n") != NULL, "%s", list);
	cr_assert(strstr(list, "smask") == NULL, "%s", list);
	free(list);
	/* The booklet: the logo on its cover, the picture in its text. */
	list = images("out/pdf/charte.pdf");
	cr_assert(strncmp(list, "1 ", 2) == 0, "%s", list);
	cr_assert(strstr(list, " 40 30 rgb image\n") != NULL, "%s", list);
	free(list);
	/*
	 * Their place, in the content streams: the logo at the cover's top
	 * right (120 x 40 pixels fitted into 150 x 44 points, 6 points of
	 * white around, inside the right margin of 62 points, its top 30
	 * points down the 841.89 of A4); the picture at the left margin,
	 * 40 x 30 pixels at 150 dpi.
	 */
	list = test_sh("qpdf --qdf --object-streams=disable "
	    "out/pdf/rapport-2025.pdf - | grep -a ' cm /Im'", NULL);
	cr_assert(strstr(list, "q 132 0 0 44 395.28 767.89 cm /Im") != NULL,
	    "%s", list);
	cr_assert(strstr(list, "q 19.2 0 0 14.4 62 ") != NULL, "%s", list);
	free(list);
	/* The text around the pictures is there; their descriptions are not. */
	list = test_sh("pdftotext out/pdf/rapport-2025.pdf -", NULL);
	cr_assert(strstr(list, "Le forum des associations.") != NULL, "%s", list);
	cr_assert(strstr(list, "au marché.") != NULL, "%s", list);
	cr_assert(strstr(list, "Le stand de la") == NULL, "%s", list);
	free(list);
	assert_pdfa("out/pdf/rapport-2025.pdf");
	assert_pdfa("out/pdf/charte.pdf");
	assert_pdfa("out/pdf/charte-impression.pdf");
}

/* Content without images: no media/ in the site, no image in the PDFs. */
Test(media, no_images_no_media)
{
	char	*list;

	test_content(NULL, 0);
	test_build("content", "out", NULL);
	cr_assert(access("out/site/media", F_OK) == -1);
	list = images("out/pdf/rapport-2025.pdf");
	cr_assert_str_eq(list, "");
	free(list);
}

/*
 * Writes a phone's photo: a JPEG of w x h pixels, red on its left half
 * and blue on its right, with a fixed noise that keeps it as heavy as a
 * real photo (a flat colour would compress to nothing).
 */
static void
write_photo(const char *path, int w, int h)
{
	GdkPixbuf	*pb = gdk_pixbuf_new(GDK_COLORSPACE_RGB, FALSE, 8, w, h);
	guchar		*px = gdk_pixbuf_get_pixels(pb), *p;
	int		 stride = gdk_pixbuf_get_rowstride(pb), x, y;
	unsigned	 seed = 1;
	gchar		*buf;
	gsize		 len;

	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			p = px + (size_t)y * stride + (size_t)x * 3;
			seed = seed * 1103515245u + 12345u;
			p[0] = (guchar)((x < w / 2 ? 200u : 30u) + (seed >> 28));
			p[1] = (guchar)(60 + (seed >> 24 & 15));
			p[2] = (guchar)((x < w / 2 ? 40u : 190u) +
			    (seed >> 20 & 15));
		}
	cr_assert(gdk_pixbuf_save_to_buffer(pb, &buf, &len, "jpeg", NULL,
	    "quality", "92", NULL));
	test_write_file(path, buf, len);
	g_free(buf);
	g_object_unref(pb);
}

static const char photos_page[] =
    "---\ntitle: Photos\n---\n"
    "Le forum.\n\n![Le forum](media/forum.jpg)\n\n"
    "La capture.\n\n![La capture](media/capture.png)\n\n"
    "![Le stand](media/photo.png) ![L’affiche](media/action.jpg)\n";

/*
 * Pictures finer than print are embedded at 300 dpi of the largest
 * size drawn. Both big ones are drawn at the report's largest height
 * for a picture (283.92 points, 1183 pixels at 300 dpi): the photo of
 * 4000 x 3000 pixels 378.56 points wide (1577 pixels), the screenshot
 * of 3000 x 2000 425.88 (1775). The photo stays a JPEG, the PDF a
 * fraction of its size; the small pictures (40 x 30 and 25 x 36, at
 * 150 dpi) are as they were.
 */
Test(media, a_photo_finer_than_print_is_made_300_dpi, .timeout = 120)
{
	char	*list;
	size_t	 photo, pdf;

	content_with("", photos_page);
	write_photo("content/media/forum.jpg", 4000, 3000);
	write_png("content/media/capture.png", 3000, 2000, 1);
	test_build("content", "out", NULL);
	list = images("out/pdf/rapport-2025.pdf");
	cr_assert(strstr(list, " 1577 1183 rgb jpeg\n") != NULL, "%s", list);
	cr_assert(strstr(list, " 1775 1183 rgb image\n") != NULL, "%s", list);
	cr_assert(strstr(list, " 40 30 rgb image\n") != NULL, "%s", list);
	cr_assert(strstr(list, " 25 36 rgb jpeg\n") != NULL, "%s", list);
	free(list);
	free(test_read("content/media/forum.jpg", &photo));
	free(test_read("out/pdf/rapport-2025.pdf", &pdf));
	cr_assert(photo > 2u * 1024 * 1024, "%zu", photo);
	cr_assert(pdf < photo / 3, "%zu of %zu", pdf, photo);
	assert_pdfa("out/pdf/rapport-2025.pdf");
}
