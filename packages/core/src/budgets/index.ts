// Public exports of the budgets subsystem are listed here by its owner.
export {};
