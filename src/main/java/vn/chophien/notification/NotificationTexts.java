package vn.chophien.notification;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders a notification in the reader's language from {@code i18n/notifications*.properties} (MessageFormat:
 * {@code {0}}, {@code {1}}…). An argument written {@code @key} is itself looked up there, so a status travels as
 * {@code @status.CONFIRMED} and reads "đã xác nhận" or "confirmed". A key the bundle does not know reads as the
 * bundle's {@code fallback}, never as a raw key.
 */
@ApplicationScoped
public class NotificationTexts {

    static final String FALLBACK = "fallback";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String render(Locale locale, String key, List<String> args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.notifications", locale, NO_FALLBACK);
        String pattern = lookup(bundle, key);
        if (pattern == null) {
            return bundle.getString(FALLBACK);
        }
        Object[] values = args.stream().map(a -> translated(bundle, a)).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    private static String translated(ResourceBundle bundle, String arg) {
        if (arg != null && arg.startsWith("@")) {
            String text = lookup(bundle, arg.substring(1));
            return text == null ? arg.substring(1) : text;
        }
        return arg;
    }

    private static String lookup(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
