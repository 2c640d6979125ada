"""go: a Monte Carlo tree search (UCT) player of 9x9 go choosing the
next move of a game by random playouts -- the workload of pyperformance's
go benchmark: boards of Square objects with union-find groups and
liberty counts, Zobrist hashing against repetition, an empty-point set
with O(1) random choice, a UCT tree. Written for Ouroboros; the random
numbers come from a small linear congruential generator of our own (ouro has
no _random yet)."""
import math
import sys

SIZE = 9
GAMES = 200
KOMI = 7.5
EMPTY, WHITE, BLACK = 0, 1, 2
PASS = -1
MAXMOVES = SIZE * SIZE * 3


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state

    def randrange(self, n):
        return (self.next() >> 4) % n

    def random(self):
        return self.next() / 2147483648.0


RNG = Rng(1)
ZOBRIST_RNG = Rng(7)


def to_pos(x, y):
    return y * SIZE + x


class Square(object):
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.timestamp = -1
        self.removestamp = -1
        self.zobrist = [ZOBRIST_RNG.next() ^ (ZOBRIST_RNG.next() << 31) for _ in range(3)]

    def set_neighbours(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        self.neighbours = []
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.squares[to_pos(nx, ny)])

    def place(self, colour):
        board = self.board
        self.timestamp = board.timestamp
        self.colour = colour
        self.reference = self
        self.ledges = 0
        self.used = True
        for n in self.neighbours:
            ncol = n.colour
            if ncol == EMPTY:
                self.ledges += 1
            else:
                ref = n.find(update=True)
                if ncol == colour:
                    if ref.reference.pos != self.pos:
                        self.ledges += ref.ledges
                        ref.reference = self
                    self.ledges -= 1
                else:
                    ref.ledges -= 1
                    if ref.ledges == 0:
                        n.remove(ref)
        board.zobrist.update(self, colour)

    def remove(self, ref, update=True):
        board = self.board
        board.zobrist.update(self, EMPTY)
        self.removestamp = board.timestamp
        if update:
            self.colour = EMPTY
            board.emptyset.add(self.pos)
        for n in self.neighbours:
            if n.colour != EMPTY and n.removestamp != board.timestamp:
                nref = n.find(update)
                if nref.pos == ref.pos:
                    n.remove(ref, update)
                elif update:
                    nref.ledges += 1

    def find(self, update=False):
        ref = self.reference
        if ref.pos != self.pos:
            ref = ref.find(update)
            if update:
                self.reference = ref
        return ref


class EmptySet(object):
    def __init__(self, board):
        self.board = board
        self.empties = list(range(SIZE * SIZE))
        self.where = list(range(SIZE * SIZE))

    def random_choice(self):
        choices = len(self.empties)
        while choices:
            i = RNG.randrange(choices)
            pos = self.empties[i]
            if self.board.useful(pos):
                return pos
            choices -= 1
            self.swap(i, choices)
        return PASS

    def add(self, pos):
        self.where[pos] = len(self.empties)
        self.empties.append(pos)

    def remove(self, pos):
        self.swap(self.where[pos], len(self.empties) - 1)
        self.empties.pop()

    def swap(self, i, j):
        pi = self.empties[i]
        pj = self.empties[j]
        self.empties[i] = pj
        self.empties[j] = pi
        self.where[pi] = j
        self.where[pj] = i


class ZobristHash(object):
    def __init__(self, board):
        self.board = board
        self.hash_set = set()
        self.hash = 0
        for square in board.squares:
            self.hash ^= square.zobrist[EMPTY]
        self.hash_set.add(self.hash)

    def update(self, square, colour):
        self.hash ^= square.zobrist[square.colour]
        self.hash ^= square.zobrist[colour]

    def add(self):
        self.hash_set.add(self.hash)

    def dupe(self):
        return self.hash in self.hash_set


class Board(object):
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for square in self.squares:
            square.set_neighbours()
        self.timestamp = 0
        self.reset()

    def reset(self):
        for square in self.squares:
            square.colour = EMPTY
            square.used = False
        self.emptyset = EmptySet(self)
        self.zobrist = ZobristHash(self)
        self.colour = BLACK
        self.finished = False
        self.lastmove = -2
        self.history = []
        self.white_dead = 0
        self.black_dead = 0

    def move(self, pos):
        self.timestamp += 1
        if pos != PASS:
            square = self.squares[pos]
            square.place(self.colour)
            self.emptyset.remove(square.pos)
        elif self.lastmove == PASS:
            self.finished = True
        if self.colour == BLACK:
            self.colour = WHITE
        else:
            self.colour = BLACK
        self.lastmove = pos
        self.history.append(pos)

    def random_move(self):
        return self.emptyset.random_choice()

    def useful_fast(self, square):
        if not square.used:
            for n in square.neighbours:
                if n.colour == EMPTY:
                    return True
        return False

    def useful(self, pos):
        self.timestamp += 1
        square = self.squares[pos]
        if self.useful_fast(square):
            return True
        old_hash = self.zobrist.hash
        self.zobrist.update(square, self.colour)
        empties = opps = weak_opps = neighs = weak_neighs = 0
        for n in square.neighbours:
            ncol = n.colour
            if ncol == EMPTY:
                empties += 1
                continue
            ref = n.find()
            if ref.timestamp != self.timestamp:
                if ncol == self.colour:
                    neighs += 1
                else:
                    opps += 1
                ref.timestamp = self.timestamp
                ref.temp_ledges = ref.ledges
            ref.temp_ledges -= 1
            if ref.temp_ledges == 0:
                if ncol == self.colour:
                    weak_neighs += 1
                else:
                    weak_opps += 1
                    n.remove(ref, update=False)
        dupe = self.zobrist.dupe()
        self.zobrist.hash = old_hash
        strong_neighs = neighs - weak_neighs
        strong_opps = opps - weak_opps
        return not dupe and (empties or weak_opps or (strong_neighs and (strong_opps or weak_neighs)))

    def useful_moves(self):
        return [pos for pos in self.emptyset.empties if self.useful(pos)]

    def replay(self, history):
        for pos in history:
            self.move(pos)

    def score(self, colour):
        if colour == WHITE:
            count = KOMI + self.black_dead
        else:
            count = self.white_dead
        for square in self.squares:
            scol = square.colour
            if scol == colour:
                count += 1
            elif scol == EMPTY:
                surround = 0
                for n in square.neighbours:
                    if n.colour == colour:
                        surround += 1
                if surround == len(square.neighbours):
                    count += 1
        return count


class UCTNode(object):
    def __init__(self):
        self.bestchild = None
        self.pos = -1
        self.wins = 0
        self.losses = 0
        self.pos_child = [None for _ in range(SIZE * SIZE)]
        self.parent = None
        self.unexplored = None

    def play(self, board):
        """One playout: select down the tree, expand one node, play at
        random to the end, update the path."""
        color = board.colour
        node = self
        path = [node]
        while True:
            pos = node.select(board)
            if pos == PASS:
                break
            board.move(pos)
            child = node.pos_child[pos]
            if not child:
                child = node.pos_child[pos] = UCTNode()
                child.unexplored = board.useful_moves()
                child.pos = pos
                child.parent = node
                path.append(child)
                break
            path.append(child)
            node = child
        self.random_playout(board)
        self.update_path(board, color, path)

    def select(self, board):
        if self.unexplored:
            i = RNG.randrange(len(self.unexplored))
            pos = self.unexplored[i]
            self.unexplored[i] = self.unexplored[len(self.unexplored) - 1]
            self.unexplored.pop()
            return pos
        elif self.bestchild:
            return self.bestchild.pos
        else:
            return PASS

    def random_playout(self, board):
        for _ in range(MAXMOVES):
            if board.finished:
                break
            board.move(board.random_move())

    def update_path(self, board, color, path):
        wins = board.score(BLACK) >= board.score(WHITE)
        for node in path:
            if color == BLACK:
                color = WHITE
            else:
                color = BLACK
            if wins == (color == BLACK):
                node.wins += 1
            else:
                node.losses += 1
            if node.parent:
                node.parent.bestchild = node.parent.best_child()

    def score(self):
        winrate = self.wins / float(self.wins + self.losses)
        parentvisits = self.parent.wins + self.parent.losses
        if not parentvisits:
            return winrate
        nodevisits = self.wins + self.losses
        return winrate + math.sqrt((math.log(parentvisits)) / (5 * nodevisits))

    def best_child(self):
        maxscore = -1
        maxchild = None
        for child in self.pos_child:
            if child and child.score() > maxscore:
                maxchild = child
                maxscore = child.score()
        return maxchild

    def best_visited(self):
        maxvisits = -1
        maxchild = None
        for child in self.pos_child:
            if child and (child.wins + child.losses) > maxvisits:
                maxvisits, maxchild = (child.wins + child.losses), child
        return maxchild


def computer_move(board):
    pos = board.random_move()
    if pos == PASS:
        return PASS
    tree = UCTNode()
    tree.unexplored = board.useful_moves()
    nboard = Board()
    for _ in range(GAMES):
        node = tree
        nboard.reset()
        nboard.replay(board.history)
        node.play(nboard)
    best = tree.best_visited()
    return best.pos if best is not None else PASS


def versus_cpu():
    global RNG
    RNG = Rng(1)
    board = Board()
    return computer_move(board)


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    moves = []
    for _ in range(loops):
        moves.append(versus_cpu())
    print("go", loops, moves)


if __name__ == "__main__":
    main()
