-- Accounts: the phone number (+84…) is the login; roles are a set per account.
CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    phone          VARCHAR(16)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    name           VARCHAR(120) NOT NULL,
    post_office_id BIGINT       NULL,
    province_code  CHAR(2)      NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_phone UNIQUE (phone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed sign-ins per phone in the current window; shared by every copy of the service.
CREATE TABLE login_throttle (
    phone        VARCHAR(32) NOT NULL,
    failures     INT         NOT NULL,
    window_start DATETIME(6) NOT NULL,
    PRIMARY KEY (phone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
