package org.oscc.chamberlain.settings.ui;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Number spinners whose typed text is never thrown back at the organizer: text that is not a number in the spinner's
 * range stays in the field (the form reports it) and the spinner's value stays as it was, instead of an error
 * dialog or a silent change to the nearest limit.
 */
final class TypedSpinners {
    private TypedSpinners() {
    }

    static void keepTyped(Spinner<Integer> spinner) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int n = Integer.parseInt(text == null ? "" : text.strip());
                    if (factory instanceof SpinnerValueFactory.IntegerSpinnerValueFactory range
                            && (n < range.getMin() || n > range.getMax())) {
                        return factory.getValue();
                    }
                    return n;
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        // the arrows step from the number shown, also after the form put a number into the text
        spinner.getEditor().textProperty().addListener((o, a, text) -> {
            Integer n = factory.getConverter().fromString(text);
            if (n != null && !n.equals(factory.getValue()) && String.valueOf(n).equals(text.strip())) {
                factory.setValue(n);
            }
        });
    }
}
