package vn.chophien.campaign.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How campaign pages write kilograms: one decimal at most, a Vietnamese decimal comma ("12,5"). */
final class CampaignFormats {

    private CampaignFormats() {
    }

    @TemplateExtension
    static String kgText(Number kg) {
        double value = kg.doubleValue();
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,d", (long) value).replace(',', '.')
                : String.format(Locale.ROOT, "%,.1f", value).replace(',', ' ').replace('.', ',').replace(' ', '.');
    }
}
