package org.vanban.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.vanban.ocr.preprocess.Preprocessing;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code none}, {@code default} or a comma list such as {@code deskew,despeckle}. */
final class PreprocessingConverter implements ITypeConverter<Set<Preprocessing>> {
    @Override
    public Set<Preprocessing> convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("none") || v.isEmpty()) {
            return Set.of();
        }
        if (v.equals("default")) {
            return Preprocessing.DEFAULT;
        }
        Set<Preprocessing> steps = EnumSet.noneOf(Preprocessing.class);
        for (String part : v.split(",")) {
            try {
                steps.add(Preprocessing.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown preprocessing step '" + part.strip()
                        + "' (expected none, default, or a list of deskew, despeckle, binarize)");
            }
        }
        return steps;
    }
}
