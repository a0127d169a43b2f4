package vn.chophien.syndication.order;

import java.util.List;

/**
 * A partner's order in our words, as its adapter's importer makes it: the channel and its reference there, the pack
 * sizes bought by our keys ({@code cp-v<variant id>}, which every listing we sent carries) at the channel's prices,
 * where it goes (a commune of the 2025 map) and whether its customer already paid the channel.
 */
public record ChannelOrder(String channel, String externalRef, List<Line> lines, ShipTo shipTo, boolean prepaid) {

    public record Line(String packKey, int quantity, long unitPriceVnd) {
    }

    public record ShipTo(String name, String phone, String line1, String communeCode) {
    }
}
