// Public exports of the security subsystem are listed here by its owner.
export {};
