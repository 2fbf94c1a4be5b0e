export function placeKey(name: string): string;
