package org.vanban.ocr;

/**
 * One page as a source gives it: a text layer worth using, an image to OCR, or both (a text-layer
 * page whose image is wanted for a searchable PDF).
 *
 * @param number    1-based page number
 * @param textLayer the page's text layer when it is to be used instead of OCR, else null
 * @param image     the page image, null when only the text layer is used and no image was asked for
 * @param layerWords the text layer's words with boxes in image pixels, when an image was asked for
 */
public record SourcePage(int number, String textLayer, GrayImage image, java.util.List<Word> layerWords) {
    public SourcePage {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be >= 1: " + number);
        }
        if (textLayer == null && image == null) {
            throw new IllegalArgumentException("page " + number + " has neither text nor image");
        }
        layerWords = java.util.List.copyOf(layerWords);
    }

    public boolean usesTextLayer() {
        return textLayer != null;
    }
}
