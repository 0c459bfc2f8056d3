package org.vanban.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders one text into scans in several formats next to its ground truth:
 * {@code NAME.pdf}, {@code NAME.tif}, {@code NAME.gt.txt}, and for the one-image-per-file formats
 * {@code NAME.png}/{@code NAME.jpg} when the text fits on one page, or {@code NAME-p1.png},
 * {@code NAME-p2.png}... with a ground truth per page ({@code NAME-p1.gt.txt}...) when it does not.
 */
public final class SampleExporter {
    /** JPEG quality for pages whose degradation has no JPEG step of its own. */
    static final float DEFAULT_JPEG_QUALITY = 0.92f;

    /**
     * @param outputDir where the files go (created when missing)
     * @param formats at least one
     * @param options resolution, degradation and seed of every page
     */
    public record Config(Path outputDir, Set<SampleFormat> formats, RenderOptions options) {
        public Config {
            Objects.requireNonNull(outputDir, "outputDir");
            Objects.requireNonNull(options, "options");
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("at least one output format is needed");
            }
            formats = Set.copyOf(EnumSet.copyOf(formats));
        }
    }

    /** What one export wrote. */
    public record Result(String name, int pages, List<Path> files) {
        public Result {
            files = List.copyOf(files);
        }
    }

    private final Config config;
    private final PageRenderer renderer = new PageRenderer();

    public SampleExporter(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Renders {@code text} and writes every configured format plus the ground truth under {@code name}. */
    public Result export(String name, String text) throws IOException {
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        RenderOptions options = config.options();
        int dpi = options.dpi();
        List<RenderedPage> pages = renderer.renderPages(text, options);
        List<BufferedImage> images = pages.stream().map(RenderedPage::image).toList();
        Degradation degradation = options.degradation();
        // A scan that went through JPEG is stored as JPEG again at the same quality, like a scanner does.
        float jpegQuality = degradation.jpeg() ? degradation.jpegQuality() / 100f : DEFAULT_JPEG_QUALITY;
        List<Path> written = new ArrayList<>();
        Path dir = config.outputDir();
        for (SampleFormat format : EnumSet.copyOf(config.formats())) {
            switch (format) {
                case PDF -> {
                    Path out = dir.resolve(name + ".pdf");
                    ScanWriter.writePdf(images, dpi, degradation.jpeg() ? jpegQuality : 0f, out);
                    written.add(out);
                }
                case TIFF -> {
                    Path out = dir.resolve(name + ".tif");
                    ScanWriter.writeTiff(images, dpi, out);
                    written.add(out);
                }
                case PNG, JPG -> {
                    for (int i = 0; i < pages.size(); i++) {
                        String pageName = pages.size() == 1 ? name : name + "-p" + (i + 1);
                        Path out = dir.resolve(pageName + "." + format.extension());
                        if (format == SampleFormat.PNG) {
                            ScanWriter.writePng(images.get(i), dpi, out);
                        } else {
                            ScanWriter.writeJpeg(images.get(i), dpi, jpegQuality, out);
                        }
                        written.add(out);
                        if (pages.size() > 1) {
                            Path truth = dir.resolve(pageName + ".gt.txt");
                            if (!written.contains(truth)) {
                                writeText(pages.get(i).text() + "\n", truth);
                                written.add(truth);
                            }
                        }
                    }
                }
            }
        }
        Path truth = dir.resolve(name + ".gt.txt");
        writeText(PageLayout.clean(text).strip() + "\n", truth);
        written.add(truth);
        return new Result(name, pages.size(), written);
    }

    private static void writeText(String text, Path out) throws IOException {
        AtomicFiles.write(out, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
