package vn.chophien.syndication;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** Pages name a channel by its code as people know it: {@code {channel:name('SENDO')}} gives "Sendo". */
public final class ChannelNames {

    private ChannelNames() {
    }

    @TemplateExtension(namespace = "channel")
    static String name(String code) {
        return Arc.container().instance(Channels.class).get().nameOf(code);
    }
}
