package vn.chophien.syndication.listing;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A product on one partner channel: whether its seller wants it there, the partner's id for it, the last version
 * the partner confirmed, and the partner's last refusal. Written by the delivery of listing changes, never by the
 * change itself, so a checkout never waits on it.
 */
@Entity
@Table(name = "channel_listing")
@IdClass(ChannelListing.Key.class)
public class ChannelListing {

    @Id
    @Column(name = "product_id")
    public long productId;

    @Id
    public String channel;

    public boolean wanted = true;

    @Enumerated(EnumType.STRING)
    public ChannelListingState state;

    public String externalId;
    public long syncedVersion;
    public String lastError;
    public Instant syncedAt;
    public Instant updatedAt;

    /** Product and channel. */
    public static class Key implements Serializable {
        public long productId;
        public String channel;

        public Key() {
        }

        public Key(long productId, String channel) {
            this.productId = productId;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.productId == productId && Objects.equals(k.channel, channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, channel);
        }
    }
}
