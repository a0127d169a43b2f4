package vn.chophien.syndication.listing;

/**
 * Where a product stands on a channel after the last answer: offered there (SYNCED), taken down (DELISTED), or refused
 * by the partner with a message its seller reads (FAILED). PENDING: never answered yet. A change on its way is shown
 * beside it, from the listing's revision being newer than the one the channel confirmed.
 */
public enum ChannelListingState {
    PENDING, SYNCED, FAILED, DELISTED
}
