package dev.mentorhub.notification;

/** Where a message is on its way out: PENDING until a worker claims it, SENDING while claimed, then SENT or FAILED. */
enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED
}
