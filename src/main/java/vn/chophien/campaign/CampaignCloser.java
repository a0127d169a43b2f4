package vn.chophien.campaign;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Closes campaigns once their last day is over (by the service's clock, Vietnam's day); runs on every copy. */
@ApplicationScoped
public class CampaignCloser {

    private static final Logger LOG = Logger.getLogger(CampaignCloser.class);

    private final CampaignService campaigns;

    CampaignCloser(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Scheduled(every = "${chophien.campaigns.close-check-every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeDue() {
        int closed = campaigns.closeDue();
        if (closed > 0) {
            LOG.infof("Closed %d campaigns past their last day", closed);
        }
    }
}
