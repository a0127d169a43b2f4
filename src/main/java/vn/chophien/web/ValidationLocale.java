package vn.chophien.web;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Validation messages in the language the request is answered in ({@link Languages}): the {@code lang} cookie the
 * language switch sets comes before Accept-Language, so an English page never lists Vietnamese field errors. Ahead of
 * the built-in resolver, which reads Accept-Language only; outside a request it leaves the choice to the default.
 */
@Singleton
@Priority(10)
public class ValidationLocale implements LocaleResolver {

    private final Instance<HttpHeaders> headers;

    ValidationLocale(Instance<HttpHeaders> headers) {
        this.headers = headers;
    }

    @Override
    public Locale resolve(LocaleResolverContext context) {
        try {
            return Languages.of(headers.get());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
