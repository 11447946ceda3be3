/** The hand-off to the clinic without a server: the answers document as one QR code, and back. */
export { encodeHandoff, decodeHandoff, readHandoff, HANDOFF_PREFIX } from './qrPayload';
export { handoffQrCode, QUIET_ZONE } from './handoffQrCode';
export type { HandoffQrCode, HandoffQrResult } from './handoffQrCode';
