import { describe, expect, it } from 'vitest';
import { backgroundTask } from './background-task.ts';

describe('backgroundTask', () => {
  it("gives the task's value when awaited, then nothing until started again", async () => {
    const task = backgroundTask<string>();
    expect(await task.result()).toBeUndefined();
    task.start(Promise.resolve('done'));
    expect(await task.result()).toBe('done');
    expect(await task.result()).toBeUndefined();
  });

  it('holds a failure until it is awaited, then throws it', async () => {
    const task = backgroundTask<string>();
    task.start(Promise.reject(new Error('index failed')));
    await new Promise((resolve) => setTimeout(resolve, 10)); // no unhandled rejection meanwhile
    await expect(task.result()).rejects.toThrow('index failed');
  });
});
