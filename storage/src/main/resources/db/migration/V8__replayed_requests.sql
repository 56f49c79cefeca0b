-- Slack signs each request with a timestamp and accepts it for five minutes either side of that
-- time, so a copied request could be sent again within that window. The signature of every signed
-- request seen recently is kept here, shared by every replica: a second arrival finds it taken and
-- causes nothing. Signatures hold no personal data and are forgotten after ten minutes.
CREATE TABLE seen_request (
    signature VARCHAR(80)              NOT NULL PRIMARY KEY,
    seen_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX seen_request_by_time ON seen_request (seen_at);
