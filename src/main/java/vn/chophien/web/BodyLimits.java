package vn.chophien.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.configuration.MemorySizeConverter;

/** The endpoints that declare a {@link BodyLimit}, read from the resource classes' own annotations. */
final class BodyLimits {

    private BodyLimits() {
    }

    static List<OversizedBodies.Rule> ofResources(long transportLimit) {
        List<OversizedBodies.Rule> rules = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                BodyLimit limit = method.getAnnotation(BodyLimit.class);
                String verb = verb(method);
                if (limit == null || verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = join(root.value(), sub == null ? "" : sub.value());
                long bytes = Math.min(parse(limit.value()), transportLimit);
                rules.add(new OversizedBodies.Rule(verb, pattern(template), bytes));
            }
        }
        return List.copyOf(rules);
    }

    private static long parse(String size) {
        return new MemorySizeConverter().convert(size).asLongValue();
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(POST.class, PUT.class, PATCH.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A JAX-RS path template as a pattern: {@code {id}} is one segment, {@code {code: [a-z]{6}}} its own regex. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                char d = template.charAt(end);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String inside = template.substring(i + 1, end);
            int colon = inside.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + inside.substring(colon + 1).strip() + ")");
            i = end + 1;
        }
        return Pattern.compile(regex.toString());
    }
}
