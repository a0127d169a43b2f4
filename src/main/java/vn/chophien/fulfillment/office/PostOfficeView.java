package vn.chophien.fulfillment.office;

import java.util.List;

/** An office as anyone may see it, with the communes it serves. */
public record PostOfficeView(long id, String code, String name, String address, Carrier carrier,
        List<CommuneView> communes) {

    public record CommuneView(String code, String name, String provinceName) {
    }

    /** The codes of the communes served, for checks. */
    public List<String> communeCodes() {
        return communes.stream().map(CommuneView::code).toList();
    }
}
