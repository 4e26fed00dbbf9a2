// Placeholder: replaced by the preload bridge.
export {};
