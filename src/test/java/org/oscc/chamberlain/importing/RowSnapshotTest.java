package org.oscc.chamberlain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowSnapshotTest {

    @Test
    void valuesOfEveryStorageClassRoundTripExactly() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", 7L);
        values.put("name", "Acme = \"Café\" 東京 🚀");
        values.put("notes", "line one\nline two\\n not an escape\r\n\\");
        values.put("empty", "");
        values.put("missing", null);
        values.put("ratio", 0.1);
        values.put("digits", "00123");
        values.put("blob", new byte[] {0, 1, (byte) 0xFF});

        RowSnapshot decoded = RowSnapshot.decode(new RowSnapshot(values).encode());

        assertThat(decoded.values()).containsOnlyKeys(values.keySet());
        values.forEach((k, v) -> assertThat(decoded.values().get(k)).as(k).isEqualTo(v));
    }

    @Test
    void encodingIsOneLinePerColumn() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a", 1);
        values.put("b", null);
        values.put("c", "x\ny");

        assertThat(new RowSnapshot(values).encode()).isEqualTo("a=I:1\nb=N\nc=T:x\\ny\n");
    }
}
