-- Devices allowed to talk to central: each station terminal's Ed25519 public key.
create table station_device (
    device_id     text        primary key,
    station_code  text        not null,
    public_key    text        not null, -- X.509 SubjectPublicKeyInfo, Base64
    role          text        not null check (role in ('AUTH_TERMINAL', 'VOTING_TERMINAL')),
    status        text        not null check (status in ('ACTIVE', 'REVOKED')),
    registered_at timestamptz not null,
    revoked_at    timestamptz
);

create index station_device_station on station_device (station_code);

-- Nonces of accepted signed requests, kept while their timestamp is inside the acceptance window:
-- a replayed request finds its nonce here and is refused.
create table station_request_nonce (
    device_id    text        not null,
    nonce        text        not null,
    request_time timestamptz not null,
    primary key (device_id, nonce)
);

create index station_request_nonce_time on station_request_nonce (request_time);
