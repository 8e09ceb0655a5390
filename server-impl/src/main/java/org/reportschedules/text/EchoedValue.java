package org.reportschedules.text;

/**
 * A value a client sent, as an error message repeats it: whole when short, else its first
 * {@value #SHOWN} characters and how long it was. Every dialect's messages echo through it, so a 1 MB
 * value cannot make a 1 MB error.
 */
public final class EchoedValue {

    /** How many characters of a refused value a message repeats. */
    public static final int SHOWN = 100;

    private EchoedValue() {
    }

    public static String of(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= SHOWN) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
}
