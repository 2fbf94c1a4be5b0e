import { describe, expect, it } from 'vitest';
import { canvasLabel, describeEntity, directionOfKey, nearestInDirection, nearestTo, type Candidate } from './keyboard-nav';

//        n (0,-100)
// w (-100,0)   o (0,0)   e (100,10)   far (300,0)
//        s (20,100)           diag (80,-150)
const o: Candidate = { id: 'o', x: 0, y: 0 };
const nodes: Candidate[] = [
  o,
  { id: 'n', x: 0, y: -100 },
  { id: 'w', x: -100, y: 0 },
  { id: 'e', x: 100, y: 10 },
  { id: 'far', x: 300, y: 0 },
  { id: 's', x: 20, y: 100 },
  { id: 'diag', x: 80, y: -150 },
];

describe('nearestInDirection', () => {
  it('moves to the nearest node in each direction (screen coordinates: up is negative y)', () => {
    expect(nearestInDirection(o, nodes, 'right')).toBe('e');
    expect(nearestInDirection(o, nodes, 'left')).toBe('w');
    expect(nearestInDirection(o, nodes, 'up')).toBe('n');
    expect(nearestInDirection(o, nodes, 'down')).toBe('s');
  });

  it('prefers a node inside the cone over a closer one off to the side', () => {
    const from: Candidate = { id: 'a', x: 0, y: 0 };
    const side: Candidate = { id: 'side', x: 30, y: 60 }; // closer, but more below than right
    const ahead: Candidate = { id: 'ahead', x: 200, y: 20 };
    expect(nearestInDirection(from, [from, side, ahead], 'right')).toBe('ahead');
  });

  it('falls back to the half-plane, weighing sideways distance double', () => {
    const from: Candidate = { id: 'a', x: 0, y: 0 };
    const low: Candidate = { id: 'low', x: 10, y: 200 }; // 10 + 400
    const nearer: Candidate = { id: 'nearer', x: 50, y: 150 }; // 50 + 300
    expect(nearestInDirection(from, [low, nearer], 'right')).toBe('nearer');
  });

  it('returns null when nothing lies that way, and never the node itself or one level with it', () => {
    expect(nearestInDirection({ id: 'far', x: 300, y: 0 }, nodes, 'right')).toBeNull();
    expect(nearestInDirection(o, [o], 'up')).toBeNull();
    expect(nearestInDirection(o, [{ id: 'level', x: 50, y: 0 }], 'up')).toBeNull();
  });

  it('breaks ties by id so the same keys always lead to the same node', () => {
    const twins: Candidate[] = [
      { id: 'b', x: 100, y: 0 },
      { id: 'a', x: 100, y: 0 },
    ];
    expect(nearestInDirection(o, twins, 'right')).toBe('a');
  });
});

describe('keyboard helpers', () => {
  it('maps arrow keys to directions and ignores other keys', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('ArrowLeft')).toBe('left');
    expect(directionOfKey('Enter')).toBeNull();
  });

  it('starts from the node nearest the centre', () => {
    expect(nearestTo({ x: 90, y: 0 }, nodes)).toBe('e');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });

  it('describes entities and the canvas in words', () => {
    expect(describeEntity('Ban Ki-moon', 'Person', 5)).toBe('Ban Ki-moon, Person, 5 relations');
    expect(describeEntity('UNODC', 'Organisation', 1)).toBe('UNODC, Organisation, 1 relation');
    expect(canvasLabel(15, 1)).toMatch(/^Graph: 15 entities, 1 relation\. Arrow keys move between entities/);
  });
});
