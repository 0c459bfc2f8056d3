package org.vanban.ocr.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.vanban.ocr.GrayImage;
import org.vanban.ocr.PageText;
import org.vanban.ocr.Word;

/**
 * hOCR 1.2 output, written page by page into a temp file next to the target and renamed into
 * place when the file is complete: {@code ocr_page} with the image size, {@code ocr_line} and
 * {@code ocrx_word} with {@code bbox} and {@code x_wconf}. Text-layer pages carry their text in
 * one {@code ocr_carea} without boxes.
 */
public final class Hocr implements Closeable {
    private final Path target;
    private final Path temp;
    private final Writer out;
    private boolean committed;

    public Hocr(Path target, String title) throws IOException {
        this.target = target;
        this.temp = AtomicFiles.tempNextTo(target);
        OutputStream os = Files.newOutputStream(temp);
        this.out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
                <head>
                <title>%s</title>
                <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
                <meta name="ocr-system" content="vanban (tesseract)"/>
                <meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_line ocrx_word"/>
                </head>
                <body>
                """.formatted(escape(title)));
    }

    public void add(PageText page, GrayImage image) throws IOException {
        String bbox = image == null ? "" : "bbox 0 0 " + image.width() + " " + image.height() + "; ";
        out.write("<div class=\"ocr_page\" id=\"page_" + page.number() + "\" title=\"" + bbox + "ppageno "
                + (page.number() - 1) + (page.dpi() > 0 ? "; scan_res " + page.dpi() + " " + page.dpi() : "") + "\">\n");
        List<Word> words = page.words();
        if (words.isEmpty()) {
            if (!page.text().isEmpty()) {
                out.write("<div class=\"ocr_carea\"><p>" + escape(page.text()).replace("\n", "<br/>\n") + "</p></div>\n");
            }
        } else {
            int line = -1;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.line() != line) {
                    if (line >= 0) {
                        out.write("</span>\n");
                    }
                    line = w.line();
                    int[] box = lineBox(words, i);
                    out.write("<span class=\"ocr_line\" id=\"line_" + page.number() + "_" + (line + 1) + "\" title=\"bbox "
                            + box[0] + " " + box[1] + " " + box[2] + " " + box[3] + "\">");
                }
                out.write("<span class=\"ocrx_word\" id=\"word_" + page.number() + "_" + (i + 1) + "\" title=\"bbox "
                        + w.left() + " " + w.top() + " " + w.right() + " " + w.bottom() + "; x_wconf " + Math.round(w.confidence())
                        + "\">" + escape(w.text()) + "</span> ");
            }
            out.write("</span>\n");
        }
        out.write("</div>\n");
    }

    private static int[] lineBox(List<Word> words, int from) {
        int line = words.get(from).line();
        int l = Integer.MAX_VALUE, t = Integer.MAX_VALUE, r = 0, b = 0;
        for (int i = from; i < words.size() && words.get(i).line() == line; i++) {
            Word w = words.get(i);
            l = Math.min(l, w.left());
            t = Math.min(t, w.top());
            r = Math.max(r, w.right());
            b = Math.max(b, w.bottom());
        }
        return new int[] {l, t, r, b};
    }

    /** Finishes the document and moves it into place. */
    public void commit() throws IOException {
        out.write("</body>\n</html>\n");
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Drops the temp file unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
