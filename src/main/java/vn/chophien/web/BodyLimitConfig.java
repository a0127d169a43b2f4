package vn.chophien.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The size of request bodies the service reads at all. */
@ConfigMapping(prefix = "chophien.body-limit")
public interface BodyLimitConfig {

    /** The largest body of any endpoint without its own {@link BodyLimit}: every JSON endpoint, form and webhook. */
    @WithDefault("64K")
    MemorySize defaultSize();
}
