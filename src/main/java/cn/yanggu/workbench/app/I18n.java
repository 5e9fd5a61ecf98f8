package cn.yanggu.workbench.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI language: Chinese (base bundle) by default, English complete. Keys are semantic (nav.overview). */
public final class I18n {
    public static final String BUNDLE = "cn.yanggu.workbench.i18n.messages";
    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Files.CONTROL);
    }

    /**
     * Looks only for the bundle's two files, messages.properties (Chinese) and messages_en.properties: a file that
     * does not exist (messages_zh_CN, messages_zh) is searched for in every jar on the class path, which opens all ~40
     * of them — about 0.2 s of a command's start, e.g. of {@code --version}.
     */
    private static final class Files extends ResourceBundle.Control {
        static final Files CONTROL = new Files();

        @Override
        public java.util.List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public java.util.List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? java.util.List.of(Locale.ENGLISH,
                    Locale.ROOT) : java.util.List.of(Locale.ROOT);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }

    /** Chinese unless {@code lang} names English ("en", "en-US", "english"). */
    public static I18n forLanguage(String lang) {
        return new I18n(parseLocale(lang));
    }

    public static Locale parseLocale(String lang) {
        if (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean isSupported(String lang) {
        if (lang == null) {
            return true;
        }
        String l = lang.toLowerCase(Locale.ROOT);
        return l.startsWith("en") || l.startsWith("zh");
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The text for {@code key}; with arguments, {0} {1} … are filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
