package org.oscc.chamberlain.reports;

/** Fill colours for conditional highlights: Excel's own light presets, so black text stays readable in print. */
public enum Highlight {
    RED(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}),
    AMBER(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}),
    GREEN(new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE});

    private final byte[] rgb;

    Highlight(byte[] rgb) {
        this.rgb = rgb;
    }

    byte[] rgb() {
        return rgb.clone();
    }
}
